/** The schema errors of one workflow's YAML, as "path: message" lines; empty when it is valid. */
export declare function workflowProblems(yaml: string): string[];
