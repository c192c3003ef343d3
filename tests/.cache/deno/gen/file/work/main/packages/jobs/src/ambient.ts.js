import { describeDeployment } from "./deployment.ts";
import { ConfigurationError } from "./errors.ts";
/** ~/.sutro/config.json: the file the official Python CLI writes on login. */ export function configFilePath(host) {
  const home = host.homeDir();
  return home ? `${home.replace(/[\\/]+$/, "")}/.sutro/config.json` : undefined;
}
function parseConfig(path, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`The config file ${path} is not valid JSON. Fix it, or log in again with \`sutro-jobs login\`.`);
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new ConfigurationError(`The config file ${path} must hold a JSON object like {"api_url": "…", "api_key": "sk_live_…"}.`);
  }
  return parsed;
}
function readConfig(host, path) {
  let text;
  try {
    text = host.readTextFile(path);
  } catch (cause) {
    const code = cause.code;
    const why = code === "EISDIR" ? "is a directory" : `cannot be read${typeof code === "string" ? ` (${code})` : ""}`;
    throw new ConfigurationError(`The config file ${path} ${why}. Remove it, or log in again with \`sutro-jobs login\`.`, {
      cause,
    });
  }
  return text === undefined ? undefined : parseConfig(path, text);
}
/**
 * The environment and ~/.sutro/config.json, read only when asked: a client given
 * everything in its options never touches either, so a broken config file or a
 * permission not granted cannot get in its way. An empty variable counts as unset.
 */ export function ambientFrom(host) {
  let path = null;
  let config = null;
  const configPath = () => {
    if (path === null) path = configFilePath(host);
    return path;
  };
  return {
    env: (name) => host.env(name) || undefined,
    config() {
      if (config === null) {
        const at = configPath();
        const fields = at === undefined ? undefined : readConfig(host, at);
        config =
          at === undefined || fields === undefined
            ? undefined
            : {
                path: at,
                fields,
              };
      }
      return config;
    },
    get configPath() {
      return configPath() ?? "~/.sutro/config.json";
    },
  };
}
/** What the Node, Deno and Bun entries share, given their host reads and their User-Agent name. */ export function runtimeEntry(
  host,
  runtime,
) {
  const environment = () => ({
    ambient: ambientFrom(host),
    runtime: runtime(),
  });
  return {
    environment,
    configFilePath: () => configFilePath(host),
    describeDeployment: (options = {}) => describeDeployment(options, environment().ambient),
  };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL2FtYmllbnQudHMiXSwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgdHlwZSBBbWJpZW50LCB0eXBlIERlcGxveW1lbnRSZXBvcnQsIGRlc2NyaWJlRGVwbG95bWVudCwgdHlwZSBFeHBsaWNpdENyZWRlbnRpYWxzIH0gZnJvbSBcIi4vZGVwbG95bWVudC50c1wiO1xuaW1wb3J0IHsgQ29uZmlndXJhdGlvbkVycm9yIH0gZnJvbSBcIi4vZXJyb3JzLnRzXCI7XG5cbi8qKiBUaGUgZmV3IHJ1bnRpbWUtc3BlY2lmaWMgcmVhZHMgdGhlIE5vZGUsIERlbm8gYW5kIEJ1biBlbnRyaWVzIHByb3ZpZGUuICovXG5leHBvcnQgaW50ZXJmYWNlIEhvc3Qge1xuICAvKiogQSB2YXJpYWJsZSwgb3IgdW5kZWZpbmVkIHdoZW4gdW5zZXQgb3Igbm90IHJlYWRhYmxlIHdpdGhvdXQgYXNraW5nIChEZW5vIHdpdGhvdXQgLS1hbGxvdy1lbnYpLiAqL1xuICBlbnYobmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICAvKipcbiAgICogVGhlIGZpbGUncyB0ZXh0LCBvciB1bmRlZmluZWQgd2hlbiBpdCBkb2VzIG5vdCBleGlzdCBvciBtYXkgbm90IGJlIHJlYWQgd2l0aG91dCBhc2tpbmcuXG4gICAqIFRocm93cyBmb3IgYSBmaWxlIHRoYXQgZXhpc3RzIGJ1dCBjYW5ub3QgYmUgcmVhZCAoYSBkaXJlY3RvcnksIG5vIGFjY2VzcykuXG4gICAqL1xuICByZWFkVGV4dEZpbGUocGF0aDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBob21lRGlyKCk6IHN0cmluZyB8IHVuZGVmaW5lZDtcbn1cblxuLyoqIH4vLnN1dHJvL2NvbmZpZy5qc29uOiB0aGUgZmlsZSB0aGUgb2ZmaWNpYWwgUHl0aG9uIENMSSB3cml0ZXMgb24gbG9naW4uICovXG5leHBvcnQgZnVuY3Rpb24gY29uZmlnRmlsZVBhdGgoaG9zdDogSG9zdCk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGhvbWUgPSBob3N0LmhvbWVEaXIoKTtcbiAgcmV0dXJuIGhvbWUgPyBgJHtob21lLnJlcGxhY2UoL1tcXFxcL10rJC8sIFwiXCIpfS8uc3V0cm8vY29uZmlnLmpzb25gIDogdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBwYXJzZUNvbmZpZyhwYXRoOiBzdHJpbmcsIHRleHQ6IHN0cmluZyk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgbGV0IHBhcnNlZDogdW5rbm93bjtcbiAgdHJ5IHtcbiAgICBwYXJzZWQgPSBKU09OLnBhcnNlKHRleHQpO1xuICB9IGNhdGNoIHtcbiAgICB0aHJvdyBuZXcgQ29uZmlndXJhdGlvbkVycm9yKGBUaGUgY29uZmlnIGZpbGUgJHtwYXRofSBpcyBub3QgdmFsaWQgSlNPTi4gRml4IGl0LCBvciBsb2cgaW4gYWdhaW4gd2l0aCBcXGBzdXRyby1qb2JzIGxvZ2luXFxgLmApO1xuICB9XG4gIGlmICghcGFyc2VkIHx8IHR5cGVvZiBwYXJzZWQgIT09IFwib2JqZWN0XCIgfHwgQXJyYXkuaXNBcnJheShwYXJzZWQpKSB7XG4gICAgdGhyb3cgbmV3IENvbmZpZ3VyYXRpb25FcnJvcihgVGhlIGNvbmZpZyBmaWxlICR7cGF0aH0gbXVzdCBob2xkIGEgSlNPTiBvYmplY3QgbGlrZSB7XCJhcGlfdXJsXCI6IFwi4oCmXCIsIFwiYXBpX2tleVwiOiBcInNrX2xpdmVf4oCmXCJ9LmApO1xuICB9XG4gIHJldHVybiBwYXJzZWQgYXMgUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG59XG5cbmZ1bmN0aW9uIHJlYWRDb25maWcoaG9zdDogSG9zdCwgcGF0aDogc3RyaW5nKTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCB1bmRlZmluZWQge1xuICBsZXQgdGV4dDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIHRleHQgPSBob3N0LnJlYWRUZXh0RmlsZShwYXRoKTtcbiAgfSBjYXRjaCAoY2F1c2UpIHtcbiAgICBjb25zdCBjb2RlID0gKGNhdXNlIGFzIHsgY29kZT86IHVua25vd24gfSkuY29kZTtcbiAgICBjb25zdCB3aHkgPSBjb2RlID09PSBcIkVJU0RJUlwiID8gXCJpcyBhIGRpcmVjdG9yeVwiIDogYGNhbm5vdCBiZSByZWFkJHt0eXBlb2YgY29kZSA9PT0gXCJzdHJpbmdcIiA/IGAgKCR7Y29kZX0pYCA6IFwiXCJ9YDtcbiAgICB0aHJvdyBuZXcgQ29uZmlndXJhdGlvbkVycm9yKGBUaGUgY29uZmlnIGZpbGUgJHtwYXRofSAke3doeX0uIFJlbW92ZSBpdCwgb3IgbG9nIGluIGFnYWluIHdpdGggXFxgc3V0cm8tam9icyBsb2dpblxcYC5gLCB7IGNhdXNlIH0pO1xuICB9XG4gIHJldHVybiB0ZXh0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwYXJzZUNvbmZpZyhwYXRoLCB0ZXh0KTtcbn1cblxuLyoqXG4gKiBUaGUgZW52aXJvbm1lbnQgYW5kIH4vLnN1dHJvL2NvbmZpZy5qc29uLCByZWFkIG9ubHkgd2hlbiBhc2tlZDogYSBjbGllbnQgZ2l2ZW5cbiAqIGV2ZXJ5dGhpbmcgaW4gaXRzIG9wdGlvbnMgbmV2ZXIgdG91Y2hlcyBlaXRoZXIsIHNvIGEgYnJva2VuIGNvbmZpZyBmaWxlIG9yIGFcbiAqIHBlcm1pc3Npb24gbm90IGdyYW50ZWQgY2Fubm90IGdldCBpbiBpdHMgd2F5LiBBbiBlbXB0eSB2YXJpYWJsZSBjb3VudHMgYXMgdW5zZXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhbWJpZW50RnJvbShob3N0OiBIb3N0KTogQW1iaWVudCB7XG4gIGxldCBwYXRoOiBzdHJpbmcgfCB1bmRlZmluZWQgfCBudWxsID0gbnVsbDtcbiAgbGV0IGNvbmZpZzogeyBwYXRoOiBzdHJpbmc7IGZpZWxkczogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSB8IHVuZGVmaW5lZCB8IG51bGwgPSBudWxsO1xuICBjb25zdCBjb25maWdQYXRoID0gKCkgPT4ge1xuICAgIGlmIChwYXRoID09PSBudWxsKSBwYXRoID0gY29uZmlnRmlsZVBhdGgoaG9zdCk7XG4gICAgcmV0dXJuIHBhdGg7XG4gIH07XG4gIHJldHVybiB7XG4gICAgZW52OiAobmFtZSkgPT4gaG9zdC5lbnYobmFtZSkgfHwgdW5kZWZpbmVkLFxuICAgIGNvbmZpZygpIHtcbiAgICAgIGlmIChjb25maWcgPT09IG51bGwpIHtcbiAgICAgICAgY29uc3QgYXQgPSBjb25maWdQYXRoKCk7XG4gICAgICAgIGNvbnN0IGZpZWxkcyA9IGF0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiByZWFkQ29uZmlnKGhvc3QsIGF0KTtcbiAgICAgICAgY29uZmlnID0gYXQgPT09IHVuZGVmaW5lZCB8fCBmaWVsZHMgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHsgcGF0aDogYXQsIGZpZWxkcyB9O1xuICAgICAgfVxuICAgICAgcmV0dXJuIGNvbmZpZztcbiAgICB9LFxuICAgIGdldCBjb25maWdQYXRoKCkge1xuICAgICAgcmV0dXJuIGNvbmZpZ1BhdGgoKSA/PyBcIn4vLnN1dHJvL2NvbmZpZy5qc29uXCI7XG4gICAgfSxcbiAgfTtcbn1cblxuLyoqIFdoYXQgdGhlIE5vZGUsIERlbm8gYW5kIEJ1biBlbnRyaWVzIHNoYXJlLCBnaXZlbiB0aGVpciBob3N0IHJlYWRzIGFuZCB0aGVpciBVc2VyLUFnZW50IG5hbWUuICovXG5leHBvcnQgZnVuY3Rpb24gcnVudGltZUVudHJ5KGhvc3Q6IEhvc3QsIHJ1bnRpbWU6ICgpID0+IHN0cmluZykge1xuICBjb25zdCBlbnZpcm9ubWVudCA9ICgpID0+ICh7IGFtYmllbnQ6IGFtYmllbnRGcm9tKGhvc3QpLCBydW50aW1lOiBydW50aW1lKCkgfSk7XG4gIHJldHVybiB7XG4gICAgZW52aXJvbm1lbnQsXG4gICAgY29uZmlnRmlsZVBhdGg6ICgpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4gY29uZmlnRmlsZVBhdGgoaG9zdCksXG4gICAgZGVzY3JpYmVEZXBsb3ltZW50OiAob3B0aW9uczogRXhwbGljaXRDcmVkZW50aWFscyA9IHt9KTogRGVwbG95bWVudFJlcG9ydCA9PiBkZXNjcmliZURlcGxveW1lbnQob3B0aW9ucywgZW52aXJvbm1lbnQoKS5hbWJpZW50KSxcbiAgfTtcbn1cbiJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiQUFBQSxTQUE4QyxrQkFBa0IsUUFBa0Msa0JBQWtCO0FBQ3BILFNBQVMsa0JBQWtCLFFBQVEsY0FBYztBQWNqRCw0RUFBNEUsR0FDNUUsT0FBTyxTQUFTLGVBQWUsSUFBVTtFQUN2QyxNQUFNLE9BQU8sS0FBSyxPQUFPO0VBQ3pCLE9BQU8sT0FBTyxHQUFHLEtBQUssT0FBTyxDQUFDLFdBQVcsSUFBSSxtQkFBbUIsQ0FBQyxHQUFHO0FBQ3RFO0FBRUEsU0FBUyxZQUFZLElBQVksRUFBRSxJQUFZO0VBQzdDLElBQUk7RUFDSixJQUFJO0lBQ0YsU0FBUyxLQUFLLEtBQUssQ0FBQztFQUN0QixFQUFFLE9BQU07SUFDTixNQUFNLElBQUksbUJBQW1CLENBQUMsZ0JBQWdCLEVBQUUsS0FBSyxzRUFBc0UsQ0FBQztFQUM5SDtFQUNBLElBQUksQ0FBQyxVQUFVLE9BQU8sV0FBVyxZQUFZLE1BQU0sT0FBTyxDQUFDLFNBQVM7SUFDbEUsTUFBTSxJQUFJLG1CQUFtQixDQUFDLGdCQUFnQixFQUFFLEtBQUssdUVBQXVFLENBQUM7RUFDL0g7RUFDQSxPQUFPO0FBQ1Q7QUFFQSxTQUFTLFdBQVcsSUFBVSxFQUFFLElBQVk7RUFDMUMsSUFBSTtFQUNKLElBQUk7SUFDRixPQUFPLEtBQUssWUFBWSxDQUFDO0VBQzNCLEVBQUUsT0FBTyxPQUFPO0lBQ2QsTUFBTSxPQUFPLEFBQUMsTUFBNkIsSUFBSTtJQUMvQyxNQUFNLE1BQU0sU0FBUyxXQUFXLG1CQUFtQixDQUFDLGNBQWMsRUFBRSxPQUFPLFNBQVMsV0FBVyxDQUFDLEVBQUUsRUFBRSxLQUFLLENBQUMsQ0FBQyxHQUFHLElBQUk7SUFDbEgsTUFBTSxJQUFJLG1CQUFtQixDQUFDLGdCQUFnQixFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksdURBQXVELENBQUMsRUFBRTtNQUFFO0lBQU07RUFDaEk7RUFDQSxPQUFPLFNBQVMsWUFBWSxZQUFZLFlBQVksTUFBTTtBQUM1RDtBQUVBOzs7O0NBSUMsR0FDRCxPQUFPLFNBQVMsWUFBWSxJQUFVO0VBQ3BDLElBQUksT0FBa0M7RUFDdEMsSUFBSSxTQUErRTtFQUNuRixNQUFNLGFBQWE7SUFDakIsSUFBSSxTQUFTLE1BQU0sT0FBTyxlQUFlO0lBQ3pDLE9BQU87RUFDVDtFQUNBLE9BQU87SUFDTCxLQUFLLENBQUMsT0FBUyxLQUFLLEdBQUcsQ0FBQyxTQUFTO0lBQ2pDO01BQ0UsSUFBSSxXQUFXLE1BQU07UUFDbkIsTUFBTSxLQUFLO1FBQ1gsTUFBTSxTQUFTLE9BQU8sWUFBWSxZQUFZLFdBQVcsTUFBTTtRQUMvRCxTQUFTLE9BQU8sYUFBYSxXQUFXLFlBQVksWUFBWTtVQUFFLE1BQU07VUFBSTtRQUFPO01BQ3JGO01BQ0EsT0FBTztJQUNUO0lBQ0EsSUFBSSxjQUFhO01BQ2YsT0FBTyxnQkFBZ0I7SUFDekI7RUFDRjtBQUNGO0FBRUEsaUdBQWlHLEdBQ2pHLE9BQU8sU0FBUyxhQUFhLElBQVUsRUFBRSxPQUFxQjtFQUM1RCxNQUFNLGNBQWMsSUFBTSxDQUFDO01BQUUsU0FBUyxZQUFZO01BQU8sU0FBUztJQUFVLENBQUM7RUFDN0UsT0FBTztJQUNMO0lBQ0EsZ0JBQWdCLElBQTBCLGVBQWU7SUFDekQsb0JBQW9CLENBQUMsVUFBK0IsQ0FBQyxDQUFDLEdBQXVCLG1CQUFtQixTQUFTLGNBQWMsT0FBTztFQUNoSTtBQUNGIn0=
// denoCacheMetadata=5788576093249579961,14954280874776077368
