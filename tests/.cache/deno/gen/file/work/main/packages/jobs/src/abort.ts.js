import { APIUserAbortError } from "./errors.ts";
/** The longest delay a timer takes: setTimeout fires at once for anything longer than 2³¹−1 ms. */ export const MAX_TIMER_MS = 2 ** 31 - 1;
/**
 * Links a child controller to a parent signal until `unlink` is called.
 * Hand-rolled rather than AbortSignal.any so that a long-lived caller signal
 * (one per `iterate` run of thousands of pages) keeps no listener per request.
 */ export function linkAbort(parent, child) {
  if (!parent || !child) return () => {};
  if (parent.aborted) {
    child.abort(parent.reason);
    return () => {};
  }
  const onAbort = () => child.abort(parent.reason);
  parent.addEventListener("abort", onAbort, {
    once: true,
  });
  return () => parent.removeEventListener("abort", onAbort);
}
/** The signal's own reason (a timeout's, the caller's) rides along as the cause. */ export function abortError(signal) {
  return new APIUserAbortError("The request was aborted by its AbortSignal.", {
    cause: signal?.reason,
  });
}
/** Waits `ms`, or rejects with APIUserAbortError as soon as `signal` fires. */ export function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    signal?.addEventListener("abort", onAbort, {
      once: true,
    });
  });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2Fib3J0LnRzIl0sInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IEFQSVVzZXJBYm9ydEVycm9yIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5cbi8qKiBUaGUgbG9uZ2VzdCBkZWxheSBhIHRpbWVyIHRha2VzOiBzZXRUaW1lb3V0IGZpcmVzIGF0IG9uY2UgZm9yIGFueXRoaW5nIGxvbmdlciB0aGFuIDLCs8K54oiSMSBtcy4gKi9cbmV4cG9ydCBjb25zdCBNQVhfVElNRVJfTVMgPSAyICoqIDMxIC0gMTtcblxuLyoqXG4gKiBMaW5rcyBhIGNoaWxkIGNvbnRyb2xsZXIgdG8gYSBwYXJlbnQgc2lnbmFsIHVudGlsIGB1bmxpbmtgIGlzIGNhbGxlZC5cbiAqIEhhbmQtcm9sbGVkIHJhdGhlciB0aGFuIEFib3J0U2lnbmFsLmFueSBzbyB0aGF0IGEgbG9uZy1saXZlZCBjYWxsZXIgc2lnbmFsXG4gKiAob25lIHBlciBgaXRlcmF0ZWAgcnVuIG9mIHRob3VzYW5kcyBvZiBwYWdlcykga2VlcHMgbm8gbGlzdGVuZXIgcGVyIHJlcXVlc3QuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaW5rQWJvcnQocGFyZW50OiBBYm9ydFNpZ25hbCB8IHVuZGVmaW5lZCwgY2hpbGQ6IEFib3J0Q29udHJvbGxlciB8IHVuZGVmaW5lZCk6ICgpID0+IHZvaWQge1xuICBpZiAoIXBhcmVudCB8fCAhY2hpbGQpIHJldHVybiAoKSA9PiB7fTtcbiAgaWYgKHBhcmVudC5hYm9ydGVkKSB7XG4gICAgY2hpbGQuYWJvcnQocGFyZW50LnJlYXNvbik7XG4gICAgcmV0dXJuICgpID0+IHt9O1xuICB9XG4gIGNvbnN0IG9uQWJvcnQgPSAoKSA9PiBjaGlsZC5hYm9ydChwYXJlbnQucmVhc29uKTtcbiAgcGFyZW50LmFkZEV2ZW50TGlzdGVuZXIoXCJhYm9ydFwiLCBvbkFib3J0LCB7IG9uY2U6IHRydWUgfSk7XG4gIHJldHVybiAoKSA9PiBwYXJlbnQucmVtb3ZlRXZlbnRMaXN0ZW5lcihcImFib3J0XCIsIG9uQWJvcnQpO1xufVxuXG4vKiogVGhlIHNpZ25hbCdzIG93biByZWFzb24gKGEgdGltZW91dCdzLCB0aGUgY2FsbGVyJ3MpIHJpZGVzIGFsb25nIGFzIHRoZSBjYXVzZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhYm9ydEVycm9yKHNpZ25hbDogQWJvcnRTaWduYWwgfCB1bmRlZmluZWQpOiBBUElVc2VyQWJvcnRFcnJvciB7XG4gIHJldHVybiBuZXcgQVBJVXNlckFib3J0RXJyb3IoXCJUaGUgcmVxdWVzdCB3YXMgYWJvcnRlZCBieSBpdHMgQWJvcnRTaWduYWwuXCIsIHsgY2F1c2U6IHNpZ25hbD8ucmVhc29uIH0pO1xufVxuXG4vKiogV2FpdHMgYG1zYCwgb3IgcmVqZWN0cyB3aXRoIEFQSVVzZXJBYm9ydEVycm9yIGFzIHNvb24gYXMgYHNpZ25hbGAgZmlyZXMuICovXG5leHBvcnQgZnVuY3Rpb24gc2xlZXAobXM6IG51bWJlciwgc2lnbmFsOiBBYm9ydFNpZ25hbCB8IHVuZGVmaW5lZCk6IFByb21pc2U8dm9pZD4ge1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGlmIChzaWduYWw/LmFib3J0ZWQpIHJldHVybiByZWplY3QoYWJvcnRFcnJvcihzaWduYWwpKTtcbiAgICBjb25zdCBvbkFib3J0ID0gKCkgPT4ge1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIHJlamVjdChhYm9ydEVycm9yKHNpZ25hbCkpO1xuICAgIH07XG4gICAgY29uc3QgdGltZXIgPSBzZXRUaW1lb3V0KFxuICAgICAgKCkgPT4ge1xuICAgICAgICBzaWduYWw/LnJlbW92ZUV2ZW50TGlzdGVuZXIoXCJhYm9ydFwiLCBvbkFib3J0KTtcbiAgICAgICAgcmVzb2x2ZSgpO1xuICAgICAgfSxcbiAgICAgIE1hdGgubWluKG1zLCBNQVhfVElNRVJfTVMpLFxuICAgICk7XG4gICAgc2lnbmFsPy5hZGRFdmVudExpc3RlbmVyKFwiYWJvcnRcIiwgb25BYm9ydCwgeyBvbmNlOiB0cnVlIH0pO1xuICB9KTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxTQUFTLGlCQUFpQixRQUFRLGNBQWM7QUFFaEQsaUdBQWlHLEdBQ2pHLE9BQU8sTUFBTSxlQUFlLEtBQUssS0FBSyxFQUFFO0FBRXhDOzs7O0NBSUMsR0FDRCxPQUFPLFNBQVMsVUFBVSxNQUErQixFQUFFLEtBQWtDO0VBQzNGLElBQUksQ0FBQyxVQUFVLENBQUMsT0FBTyxPQUFPLEtBQU87RUFDckMsSUFBSSxPQUFPLE9BQU8sRUFBRTtJQUNsQixNQUFNLEtBQUssQ0FBQyxPQUFPLE1BQU07SUFDekIsT0FBTyxLQUFPO0VBQ2hCO0VBQ0EsTUFBTSxVQUFVLElBQU0sTUFBTSxLQUFLLENBQUMsT0FBTyxNQUFNO0VBQy9DLE9BQU8sZ0JBQWdCLENBQUMsU0FBUyxTQUFTO0lBQUUsTUFBTTtFQUFLO0VBQ3ZELE9BQU8sSUFBTSxPQUFPLG1CQUFtQixDQUFDLFNBQVM7QUFDbkQ7QUFFQSxrRkFBa0YsR0FDbEYsT0FBTyxTQUFTLFdBQVcsTUFBK0I7RUFDeEQsT0FBTyxJQUFJLGtCQUFrQiwrQ0FBK0M7SUFBRSxPQUFPLFFBQVE7RUFBTztBQUN0RztBQUVBLDZFQUE2RSxHQUM3RSxPQUFPLFNBQVMsTUFBTSxFQUFVLEVBQUUsTUFBK0I7RUFDL0QsT0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTO0lBQzNCLElBQUksUUFBUSxTQUFTLE9BQU8sT0FBTyxXQUFXO0lBQzlDLE1BQU0sVUFBVTtNQUNkLGFBQWE7TUFDYixPQUFPLFdBQVc7SUFDcEI7SUFDQSxNQUFNLFFBQVEsV0FDWjtNQUNFLFFBQVEsb0JBQW9CLFNBQVM7TUFDckM7SUFDRixHQUNBLEtBQUssR0FBRyxDQUFDLElBQUk7SUFFZixRQUFRLGlCQUFpQixTQUFTLFNBQVM7TUFBRSxNQUFNO0lBQUs7RUFDMUQ7QUFDRiJ9
// denoCacheMetadata=14398249608677528596,7466442034578626247
