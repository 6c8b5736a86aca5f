import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native and wasm-heavy packages stay outside the server bundle.
  serverExternalPackages: [
    "@huggingface/transformers",
    "onnxruntime-node",
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "@prisma/schema-engine-wasm",
    "pg",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
