import { readFileSync } from "node:fs";
import { homedir } from "node:os";
/** Environment and files through Node's APIs, which Bun implements too. */ export const nodeHost = {
  env: (name) => process.env[name],
  readTextFile(path) {
    try {
      return readFileSync(path, "utf8");
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return undefined;
      throw error;
    }
  },
  // $HOME first, as Node's homedir() does; Bun's homedir() caches it at start-up.
  homeDir: () => process.env.HOME || process.env.USERPROFILE || homedir(),
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJzb3VyY2VzIjpbImZpbGU6Ly8vd29yay9tYWluL3BhY2thZ2VzL2pvYnMvc3JjL25vZGUtaG9zdC50cyJdLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tIFwibm9kZTpmc1wiO1xuaW1wb3J0IHsgaG9tZWRpciB9IGZyb20gXCJub2RlOm9zXCI7XG5pbXBvcnQgdHlwZSB7IEhvc3QgfSBmcm9tIFwiLi9hbWJpZW50LnRzXCI7XG5cbi8qKiBFbnZpcm9ubWVudCBhbmQgZmlsZXMgdGhyb3VnaCBOb2RlJ3MgQVBJcywgd2hpY2ggQnVuIGltcGxlbWVudHMgdG9vLiAqL1xuZXhwb3J0IGNvbnN0IG5vZGVIb3N0OiBIb3N0ID0ge1xuICBlbnY6IChuYW1lKSA9PiBwcm9jZXNzLmVudltuYW1lXSxcbiAgcmVhZFRleHRGaWxlKHBhdGgpIHtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIHJlYWRGaWxlU3luYyhwYXRoLCBcInV0ZjhcIik7XG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGNvbnN0IGNvZGUgPSAoZXJyb3IgYXMgeyBjb2RlPzogc3RyaW5nIH0pLmNvZGU7XG4gICAgICBpZiAoY29kZSA9PT0gXCJFTk9FTlRcIiB8fCBjb2RlID09PSBcIkVOT1RESVJcIikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIHRocm93IGVycm9yO1xuICAgIH1cbiAgfSxcbiAgLy8gJEhPTUUgZmlyc3QsIGFzIE5vZGUncyBob21lZGlyKCkgZG9lczsgQnVuJ3MgaG9tZWRpcigpIGNhY2hlcyBpdCBhdCBzdGFydC11cC5cbiAgaG9tZURpcjogKCkgPT4gcHJvY2Vzcy5lbnYuSE9NRSB8fCBwcm9jZXNzLmVudi5VU0VSUFJPRklMRSB8fCBob21lZGlyKCksXG59O1xuIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiJBQUFBLFNBQVMsWUFBWSxRQUFRLFVBQVU7QUFDdkMsU0FBUyxPQUFPLFFBQVEsVUFBVTtBQUdsQyx5RUFBeUUsR0FDekUsT0FBTyxNQUFNLFdBQWlCO0VBQzVCLEtBQUssQ0FBQyxPQUFTLFFBQVEsR0FBRyxDQUFDLEtBQUs7RUFDaEMsY0FBYSxJQUFJO0lBQ2YsSUFBSTtNQUNGLE9BQU8sYUFBYSxNQUFNO0lBQzVCLEVBQUUsT0FBTyxPQUFPO01BQ2QsTUFBTSxPQUFPLEFBQUMsTUFBNEIsSUFBSTtNQUM5QyxJQUFJLFNBQVMsWUFBWSxTQUFTLFdBQVcsT0FBTztNQUNwRCxNQUFNO0lBQ1I7RUFDRjtFQUNBLGdGQUFnRjtFQUNoRixTQUFTLElBQU0sUUFBUSxHQUFHLENBQUMsSUFBSSxJQUFJLFFBQVEsR0FBRyxDQUFDLFdBQVcsSUFBSTtBQUNoRSxFQUFFIn0=
// denoCacheMetadata=1047685213151800299,7200689968742612046
