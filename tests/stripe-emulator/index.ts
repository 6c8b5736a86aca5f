export { StripeEmulator, type StripeEmulatorOptions } from "./server";
export type { MeterEventFaults } from "./faults";
export type { SignedWebhook } from "./webhooks";
export type { AcceptedMeterEvent, StripeObject } from "./state";
