/**
 * Office.js error codes (RichApi.Error.code) in Chinese, so the Chinese pane says what Excel refused
 * without an English code. Codes not listed are not shown in Chinese; the English pane shows them as
 * they are.
 */
export const HOST_ERRORS_ZH: Readonly<Record<string, string>> = {
  AccessDenied: "没有执行此操作的权限",
  ActivityLimitReached: "已达到操作次数上限",
  ApiNotFound: "此版本的Excel不支持该操作",
  Conflict: "与其他更改冲突",
  GeneralException: "处理请求时出错",
  InactiveWorkbook: "工作簿未处于活动状态",
  InsertDeleteConflict: "插入或删除操作发生冲突",
  InvalidArgument: "参数无效",
  InvalidBinding: "绑定无效",
  InvalidOperation: "操作无效",
  InvalidOperationInCellEditMode: "单元格处于编辑状态，请先退出编辑",
  InvalidReference: "引用无效",
  InvalidRequest: "请求无效",
  InvalidSelection: "所选区域无效",
  ItemAlreadyExists: "对象已存在",
  ItemNotFound: "找不到对象",
  MemoryLimitReached: "已达到内存上限",
  NonBlankCellOffSheet: "非空单元格会被移出工作表",
  NotImplemented: "此功能尚未实现",
  RangeExceedsLimit: "区域过大",
  RequestAborted: "请求已中止",
  RequestPayloadSizeLimitExceeded: "请求的数据量超出上限",
  ResponsePayloadSizeLimitExceeded: "返回的数据量超出上限",
  ServiceNotAvailable: "服务暂时不可用",
  Unauthenticated: "未通过身份验证",
  UnsupportedOperation: "不支持此操作",
  UnsupportedSheet: "不支持此类工作表",
};

/**
 * Excel's refusal in Chinese: the code's meaning when it is known, else just the refusal.
 *
 * @example
 * hostErrorZh("ItemNotFound") //=> "Excel拒绝了请求（找不到对象），请重试。"
 */
export function hostErrorZh(code: string): string {
  const meaning = Object.prototype.hasOwnProperty.call(HOST_ERRORS_ZH, code) ? HOST_ERRORS_ZH[code] : undefined;
  return meaning === undefined ? "Excel拒绝了请求，请重试。" : `Excel拒绝了请求（${meaning}），请重试。`;
}
