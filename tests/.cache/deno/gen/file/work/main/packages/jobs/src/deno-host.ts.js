/**
 * Environment and files through Deno's APIs. Each read first asks whether the permission is
 * granted, so a program run without --allow-env or --allow-read skips that source: no prompt, no error.
 */ const granted = (descriptor) => Deno.permissions.querySync(descriptor).state === "granted";
const env = (name) =>
  granted({
    name: "env",
    variable: name,
  })
    ? Deno.env.get(name)
    : undefined;
export const denoHost = {
  env,
  readTextFile(path) {
    if (
      !granted({
        name: "read",
        path,
      })
    )
      return undefined;
    try {
      return Deno.readTextFileSync(path);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return undefined;
      throw error;
    }
  },
  homeDir: () => env("HOME") ?? env("USERPROFILE"),
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2Rlbm8taG9zdC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgdHlwZSB7IEhvc3QgfSBmcm9tIFwiLi9hbWJpZW50LnRzXCI7XG5cbnR5cGUgRGVzY3JpcHRvciA9IHsgbmFtZTogXCJlbnZcIjsgdmFyaWFibGU6IHN0cmluZyB9IHwgeyBuYW1lOiBcInJlYWRcIjsgcGF0aDogc3RyaW5nIH07XG5cbmRlY2xhcmUgY29uc3QgRGVubzoge1xuICBlbnY6IHsgZ2V0KG5hbWU6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB9O1xuICByZWFkVGV4dEZpbGVTeW5jKHBhdGg6IHN0cmluZyk6IHN0cmluZztcbiAgcGVybWlzc2lvbnM6IHsgcXVlcnlTeW5jKGRlc2NyaXB0b3I6IERlc2NyaXB0b3IpOiB7IHN0YXRlOiBcImdyYW50ZWRcIiB8IFwicHJvbXB0XCIgfCBcImRlbmllZFwiIH0gfTtcbiAgZXJyb3JzOiB7IE5vdEZvdW5kOiBFcnJvckNvbnN0cnVjdG9yIH07XG59O1xuXG4vKipcbiAqIEVudmlyb25tZW50IGFuZCBmaWxlcyB0aHJvdWdoIERlbm8ncyBBUElzLiBFYWNoIHJlYWQgZmlyc3QgYXNrcyB3aGV0aGVyIHRoZSBwZXJtaXNzaW9uIGlzXG4gKiBncmFudGVkLCBzbyBhIHByb2dyYW0gcnVuIHdpdGhvdXQgLS1hbGxvdy1lbnYgb3IgLS1hbGxvdy1yZWFkIHNraXBzIHRoYXQgc291cmNlOiBubyBwcm9tcHQsIG5vIGVycm9yLlxuICovXG5jb25zdCBncmFudGVkID0gKGRlc2NyaXB0b3I6IERlc2NyaXB0b3IpID0+IERlbm8ucGVybWlzc2lvbnMucXVlcnlTeW5jKGRlc2NyaXB0b3IpLnN0YXRlID09PSBcImdyYW50ZWRcIjtcblxuY29uc3QgZW52ID0gKG5hbWU6IHN0cmluZykgPT4gKGdyYW50ZWQoeyBuYW1lOiBcImVudlwiLCB2YXJpYWJsZTogbmFtZSB9KSA/IERlbm8uZW52LmdldChuYW1lKSA6IHVuZGVmaW5lZCk7XG5cbmV4cG9ydCBjb25zdCBkZW5vSG9zdDogSG9zdCA9IHtcbiAgZW52LFxuICByZWFkVGV4dEZpbGUocGF0aCkge1xuICAgIGlmICghZ3JhbnRlZCh7IG5hbWU6IFwicmVhZFwiLCBwYXRoIH0pKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gRGVuby5yZWFkVGV4dEZpbGVTeW5jKHBhdGgpO1xuICAgIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgICBpZiAoZXJyb3IgaW5zdGFuY2VvZiBEZW5vLmVycm9ycy5Ob3RGb3VuZCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgfSxcbiAgaG9tZURpcjogKCkgPT4gZW52KFwiSE9NRVwiKSA/PyBlbnYoXCJVU0VSUFJPRklMRVwiKSxcbn07XG4iXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6IkFBV0E7OztDQUdDLEdBQ0QsTUFBTSxVQUFVLENBQUMsYUFBMkIsS0FBSyxXQUFXLENBQUMsU0FBUyxDQUFDLFlBQVksS0FBSyxLQUFLO0FBRTdGLE1BQU0sTUFBTSxDQUFDLE9BQWtCLFFBQVE7SUFBRSxNQUFNO0lBQU8sVUFBVTtFQUFLLEtBQUssS0FBSyxHQUFHLENBQUMsR0FBRyxDQUFDLFFBQVE7QUFFL0YsT0FBTyxNQUFNLFdBQWlCO0VBQzVCO0VBQ0EsY0FBYSxJQUFJO0lBQ2YsSUFBSSxDQUFDLFFBQVE7TUFBRSxNQUFNO01BQVE7SUFBSyxJQUFJLE9BQU87SUFDN0MsSUFBSTtNQUNGLE9BQU8sS0FBSyxnQkFBZ0IsQ0FBQztJQUMvQixFQUFFLE9BQU8sT0FBTztNQUNkLElBQUksaUJBQWlCLEtBQUssTUFBTSxDQUFDLFFBQVEsRUFBRSxPQUFPO01BQ2xELE1BQU07SUFDUjtFQUNGO0VBQ0EsU0FBUyxJQUFNLElBQUksV0FBVyxJQUFJO0FBQ3BDLEVBQUUifQ==
// denoCacheMetadata=6587648604246763540,1059194091366910901
