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
  // Type checking is its own step (`npm run typecheck`, run by scripts/test.sh) and covers tests and scripts too.
  typescript: { ignoreBuildErrors: true },
  // Cross-origin isolation lets onnxruntime-web use multithreaded WebAssembly; every asset we load is same-origin.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
        ],
      },
    ];
  },
  typedRoutes: false,
};

export default nextConfig;
