export interface WorkspacePackage {
  dir: string;
  manifest: { name: string; version: string; private?: boolean; [field: string]: unknown };
}
export declare function workspacePackages(root: string): WorkspacePackage[];
export declare function publishedPackages(root: string): WorkspacePackage[];
