/** A migration problem, tagged with the Prisma error code for the same situation. */
export class MigrationError extends Error {
  override readonly name = "MigrationError";

  constructor(
    readonly code: "P3005" | "P3009" | "P3018" | "P3019",
    message: string,
    readonly migrationName?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
