// Public surface of the inference module. Registry and model files for now; the runtime joins later.
export {
  DEFAULT_MODELS,
  INFERENCE_TASKS,
  TINY_MARKER_FILE,
  TINY_MODELS,
  TINY_OWNER,
  isInferenceTask,
  modelEnvVar,
  modelsProfile,
  onnxFiles,
  parseModelRef,
  resolveModel,
  resolveModels,
} from "./registry";
export type { InferenceTask, ModelDtype, ModelFile, ModelSource, ModelSpec, ModelsProfile, PipelineTask } from "./registry";
export { lockFilePath, modelDir, modelFilePath, resolveModelsDir } from "./models/paths";
export { readLock } from "./models/lock";
export type { LockedFile, LockedModel, ModelsLock } from "./models/lock";
export { modelPresence, verifyModel, verifyModels } from "./models/verify";
export type { FileCheck, FileStatus, ModelCheck, Presence } from "./models/verify";
export { HUB_URL, httpSource, localMirrorSource, npmPackageSource, sourcesFor } from "./models/sources";
export type { FileSource, FileStream } from "./models/sources";
export { ModelFileUnavailableError, pullModel, pullModels } from "./models/pull";
export type { PullAttempt, PullEvent, PullOptions, PullResult } from "./models/pull";
export { readTinyMarker, selectModel } from "./models/select";
export { modelVersion, parseModelFilePath, serveModelFile } from "./models/serve";
export { BROWSER_TASKS, browserModelManifest, browserOcrModel } from "./models/browser-manifest";
export type { BrowserDtype, BrowserModel, BrowserOcrModel, BrowserTask } from "./models/browser-manifest";
export type { ModelSelection, TinyMarker } from "./models/select";
export { InferenceError, INPUT_LIMITS, createInference, getInference, readRuntimeConfig, startInferenceWorker } from "./runtime";
export { Inference, MAX_IMAGE_BASE64_CHARS, decodeImageInput, chatMessagesSchema, maxNewTokensSchema, parseTaskInput, textSchema, topKSchema } from "./runtime";
export type {
  ChatMessage,
  ChatStream,
  DecodedImage,
  DeviceName,
  DevicePreference,
  InferenceErrorCode,
  InferenceHealth,
  ModelHealth,
  ModelStatus,
  ResultMeta,
  RunOptions,
  RuntimeConfig,
  Scored,
  TaskInputs,
  TaskOutputs,
  TaskResult,
  WorkerStats,
} from "./runtime";
