import type { Config } from '../config.js';
import { expandPath } from '../path-template.js';
import { Resource } from '../resource.js';
import { type Official, type OfficialCallback, official } from '../typed.js';

const GET = () => Resource._method('GET');
const POST = () => Resource._method('POST');
const PATCH = () => Resource._method('PATCH');
const PUT = () => Resource._method('PUT');
const DELETE = () => Resource._method('DELETE');

export class Ping extends Resource {
  static override get path(): string {
    return '/v1/ping';
  }
  /** `GET /v1/ping`: resolves with `{ data: 'pong!' }` when the key is valid. */
  static ping: (config: Config, callback?: OfficialCallback<'ping'>) => Promise<{ data: string }> = official<'ping'>(
    GET(),
  );
}

export class DataSource extends Resource {
  static override get path(): string {
    return '/v1/data_sources{/dataSourceUuid}';
  }
  static override create: Official<'dataSources.create'> = official(POST());
  static override retrieve: Official<'dataSources.retrieve'> = official(GET());
  static override all: Official<'dataSources.list'> = official(GET());
  static override destroy: Official<'dataSources.delete'> = official(DELETE());
}

export class CustomerNote extends Resource {
  static override get path(): string {
    return '/v1/customer_notes{/noteUuid}';
  }
  static override create: Official<'customerNotes.create'> = official(POST());
  static override retrieve: Official<'customerNotes.retrieve'> = official(GET());
  static override patch: Official<'customerNotes.update'> = official(PATCH());
  static override destroy: Official<'customerNotes.delete'> = official(DELETE());
  static override all: Official<'customerNotes.list'> = official(GET());
}

export class Opportunity extends Resource {
  static override get path(): string {
    return '/v1/opportunities{/opportunityUuid}';
  }
  static override create: Official<'opportunities.create'> = official(POST());
  static override retrieve: Official<'opportunities.retrieve'> = official(GET());
  static override patch: Official<'opportunities.update'> = official(PATCH());
  static override destroy: Official<'opportunities.delete'> = official(DELETE());
  static override all: Official<'opportunities.list'> = official(GET());
}

export class Task extends Resource {
  static override get path(): string {
    return '/v1/tasks{/taskUuid}';
  }
  static override create: Official<'tasks.create'> = official(POST());
  static override retrieve: Official<'tasks.retrieve'> = official(GET());
  static override patch: Official<'tasks.update'> = official(PATCH());
  static override destroy: Official<'tasks.delete'> = official(DELETE());
  static override all: Official<'tasks.list'> = official(GET());
}

export class Plan extends Resource {
  static override get path(): string {
    return '/v1/plans{/planUuid}';
  }
  static override create: Official<'plans.create'> = official(POST());
  static override retrieve: Official<'plans.retrieve'> = official(GET());
  static override modify: Official<'plans.update'> = official(PATCH());
  static override destroy: Official<'plans.delete'> = official(DELETE());
  static override all: Official<'plans.list'> = official(GET());
}

export class CustomAttribute extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}/attributes/custom';
  }
  /** `add(config, customerUuid, { custom })`, or `add(config, { email, custom })` for every customer with that e-mail. */
  static override add: Official<'customers.customAttributes.add' | 'customers.customAttributes.addByEmail'> = official(
    POST(),
  );
  static override update: Official<'customers.customAttributes.update'> = official(PUT());
  static override remove: Official<'customers.customAttributes.remove'> = official(DELETE());
}

export class Tag extends Resource {
  static override get path(): string {
    return '/v1/customers{/customerUuid}/attributes/tags';
  }
  /** `add(config, customerUuid, { tags })`, or `add(config, { email, tags })` for every customer with that e-mail. */
  static override add: Official<'customers.tags.add' | 'customers.tags.addByEmail'> = official(POST());
  static override remove: Official<'customers.tags.remove'> = official(DELETE());
}

export class JsonImport extends Resource {
  static override get path(): string {
    return '/v1/data_sources{/dataSourceUuid}/json_imports{/importId}';
  }
  static override create: Official<'jsonImports.create'> = official(
    Resource._method('POST', '/v1/data_sources{/dataSourceUuid}/json_imports'),
  );
  static override retrieve: Official<'jsonImports.retrieve'> = official(
    Resource._method('GET', '/v1/data_sources{/dataSourceUuid}/json_imports{/importId}'),
  );
}

export class Contact extends Resource {
  static override get path(): string {
    return '/v1/contacts{/contactUuid}';
  }
  static override create: Official<'contacts.create'> = official(POST());
  static override retrieve: Official<'contacts.retrieve'> = official(GET());
  static override modify: Official<'contacts.update'> = official(
    Resource._method('PATCH', '/v1/contacts/{contactUuid}'),
  );
  static override destroy: Official<'contacts.delete'> = official(DELETE());
  static override all: Official<'contacts.list'> = official(GET());
  /** `POST /v1/contacts/{intoUuid}/merge/{fromUuid}`. */
  static override merge(
    config: Config,
    intoUuid: string,
    fromUuid: string,
    callback?: OfficialCallback<'contacts.merge'>,
  ): ReturnType<Official<'contacts.merge'>> {
    const path = expandPath(this.path, [intoUuid]);
    return Resource.request(config, 'POST', `${path}/merge/${fromUuid}`, {}, callback as never) as never;
  }
}
