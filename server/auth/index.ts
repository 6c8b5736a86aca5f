export { signUp, personalOrganizationName } from "./sign-up";
export { signUpInput, signInInput, emailSchema } from "./schemas";
export { passwordSchema, hashPassword, verifyPassword } from "./password";
export { authenticateWithPassword } from "./credentials";
