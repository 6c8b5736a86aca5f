import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

let engineModule: Promise<typeof glue> | undefined;

// The package's entry point imports the .wasm file as an ES module, which Node 20 cannot do;
// instantiate it by hand against the wasm-bindgen glue instead.
function loadSchemaEngineModule(): Promise<typeof glue> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(gluePath.replace(/\.js$/, ".wasm"));
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(new Uint8Array(bytes)), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

export interface SchemaEngineOptions {
  schema: { path: string; content: string };
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
}

/** Runs `work` with a wasm schema engine bound to the adapter factory, and frees it afterwards. */
export async function withSchemaEngine<T>(
  { schema, adapterFactory }: SchemaEngineOptions,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngineModule();
  const engine = await SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (_log: string) => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}
