import { z } from "zod";
import { passwordSchema } from "./password";

export const emailSchema = z
  .string()
  .trim()
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address."))
  .transform((e) => e.toLowerCase());

export const displayNameSchema = z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.");

export const signUpInput = z.object({
  name: displayNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
