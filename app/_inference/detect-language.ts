export { detectLanguage } from "@/server/chat/language";
