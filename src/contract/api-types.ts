// The request and response bodies of every route of the real meta_service, inferred from the
// schemas the OpenAPI document is generated from. Exported from the package root.

export type {
  FunctionGetResponse,
  FunctionVersion,
  UserFunction,
  VersionListItem,
} from './function-schemas.js'
export type {
  FunctionCreateRequest,
  FunctionUpdateRequest,
  PodPoolCreateRequest,
  PodPoolUpdateRequest,
  PublishRequest,
  ReserveInstanceCreateRequest,
  ReserveInstanceDeleteRequest,
  ReserveInstanceGetRequest,
  ReserveInstanceRequest,
} from './request-schemas.js'
export type {
  AdminFunctionDetailEnvelope,
  AdminFunctionVersionEnvelope,
  AdminVersionListResponse,
  ErrorBody,
  FrontendError,
  FunctionCreateResponse,
  FunctionDeleteResponse,
  FunctionGetResponseBody,
  FunctionListResponse,
  FunctionUpdateResponse,
  PodPool,
  PodPoolCreateResponse,
  PodPoolEmptyResponse,
  PodPoolListResponse,
  PublishResponse,
  ReserveInstanceDeleteResponse,
  ReserveInstanceListResponse,
  ReserveInstanceSaveResponse,
  UserFunctionEnvelope,
  VersionListResponse,
} from './response-schemas.js'
