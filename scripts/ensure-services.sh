#!/usr/bin/env bash
# Tests talk to real services: PostgreSQL and Redis on 127.0.0.1, and Debian's Chromium.
set -euo pipefail

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "==> Starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
fi
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  echo "==> Starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "==> Installing Chromium from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  echo "==> Installing a Chinese font from Debian (OCR tests render Chinese text)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq fontconfig fonts-wqy-zenhei >/dev/null
fi
if ! ldconfig -p | grep -q 'libvulkan\.so\.1'; then
  # onnxruntime-node's WebGPU provider (Dawn) needs the Vulkan loader; Chromium's SwiftShader is the ICD in tests.
  echo "==> Installing the Vulkan loader (libvulkan1) from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libvulkan1 >/dev/null
fi
