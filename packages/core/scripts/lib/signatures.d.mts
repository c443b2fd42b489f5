export interface ExpectedSignature {
  /** `customers.create` */
  id: string;
  /** Each parameter as declared: `customerUuid: string`, `params: CustomerCreateParams`, `options?: RequestOptions`. */
  params: string[];
  paramNames: string[];
  /** The start of the return type: `APIPromise<Customer>`, `PagePromise<CustomerPage, `. */
  returns: string;
}
export declare function expectedSignatures(): ExpectedSignature[];
