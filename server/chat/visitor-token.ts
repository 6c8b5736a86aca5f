import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, base64url: what the customer's browser keeps. Only its SHA-256 is stored. */
export const newVisitorToken = () => randomBytes(32).toString("base64url");

export const hashVisitorToken = (token: string) => createHash("sha256").update(token).digest("hex");
