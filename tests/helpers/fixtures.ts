import path from "node:path";

// CI clones the repo with `shared/` beside it; the fixtures live there, not in the repo.
const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The bilingual help-center fixture: `lumen-faq.en.md` and `lumen-faq.zh.md`, same entry ids in both. */
export const SUPPORT_KB_DIR = path.resolve(repoRoot, "../shared/fixtures/support-kb");
