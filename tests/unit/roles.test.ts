import { describe, expect, it } from "vitest";
import { hasRole } from "@/server/orgs";

describe("role ranks", () => {
  it("orders OWNER > ADMIN > MEMBER", () => {
    expect(hasRole("OWNER", "ADMIN")).toBe(true);
    expect(hasRole("ADMIN", "ADMIN")).toBe(true);
    expect(hasRole("MEMBER", "ADMIN")).toBe(false);
    expect(hasRole("ADMIN", "OWNER")).toBe(false);
  });
});
