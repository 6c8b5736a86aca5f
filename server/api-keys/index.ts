export { API_SCOPES, apiScopeSchema, type ApiScope } from "./scopes";
export { createApiKeyInput, revokeApiKeyInput, type CreateApiKeyInput } from "./schemas";
export { apiKeyStatus, createApiKey, listApiKeys, revokeApiKey, type ApiKeyStatus } from "./keys";
export { authenticateApiKey, touchApiKey, type AuthenticatedKey, type KeyAuthentication } from "./authenticate";
export { generateApiKey, hashApiKey } from "./secret";
