import type { Config } from '../config.js';
import { type ApiResult, type Callback, Resource, type ResourceMethod } from '../resource.js';
import { expandPath } from '../path-template.js';

export class Ping extends Resource {
  static override get path(): string {
    return '/v1/ping';
  }
  /** `GET /v1/ping`: resolves with `{ data: 'pong!' }` when the key is valid. */
  static ping: (config: Config, callback?: Callback<ApiResult>) => Promise<ApiResult> = Resource._method(
    'GET',
  ) as never;
}

export class DataSource extends Resource {
  static override get path(): string {
    return '/v1/data_sources{/dataSourceUuid}';
  }
}

export class CustomerNote extends Resource {
  static override get path(): string {
    return '/v1/customer_notes{/noteUuid}';
  }
}

export class Opportunity extends Resource {
  static override get path(): string {
    return '/v1/opportunities{/opportunityUuid}';
  }
}

export class Task extends Resource {
  static override get path(): string {
    return '/v1/tasks{/taskUuid}';
  }
}

export class Plan extends Resource {
  static override get path(): string {
    return '/v1/plans{/planUuid}';
  }
}

export class CustomAttribute extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}/attributes/custom';
  }
}

export class Tag extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}/attributes/tags';
  }
}

export class JsonImport extends Resource {
  static override get path(): string {
    return '/v1/data_sources{/dataSourceUuid}/json_imports{/importId}';
  }
  static override create: ResourceMethod = Resource._method('POST', '/v1/data_sources{/dataSourceUuid}/json_imports');
  static override retrieve: ResourceMethod = Resource._method(
    'GET',
    '/v1/data_sources{/dataSourceUuid}/json_imports{/importId}',
  );
}

export class Contact extends Resource {
  static override get path(): string {
    return '/v1/contacts{/contactUuid}';
  }
  /** `POST /v1/contacts/{intoUuid}/merge/{fromUuid}`. */
  static override merge(
    config: Config,
    intoUuid: string,
    fromUuid: string,
    callback?: Callback<ApiResult>,
  ): Promise<ApiResult> {
    const path = expandPath(this.path, [intoUuid]);
    return Resource.request(config, 'POST', `${path}/merge/${fromUuid}`, {}, callback);
  }
  static override modify: ResourceMethod = Resource._method('PATCH', '/v1/contacts/{contactUuid}');
}
