import { ParseUUIDPipe, type INestApplication } from '@nestjs/common';
import { PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { IS_PUBLIC } from '../auth/public.decorator';

/** What the API description needs of a handler that Swagger's explorer does not say. */
export interface RouteFacts {
  public: boolean;
  /** The class of its @Body() and of its @Query(), when it takes one. */
  body?: Function;
  query?: Function;
  /** Path parameters read through ParseUUIDPipe. */
  uuidParams: string[];
}

interface RouteArg {
  index: number;
  data?: string;
  pipes?: unknown[];
}

/**
 * Every handler of the app, keyed by the operationId Swagger gives it (`Controller_method`),
 * read from the metadata Nest's decorators recorded: the same the guard and the pipes act on.
 */
export function routeFacts(app: INestApplication): Map<string, RouteFacts> {
  const facts = new Map<string, RouteFacts>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Function | undefined;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name] as unknown;
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        facts.set(`${controller.name}_${name}`, factsOf(controller, name, handler));
      }
    }
  }
  return facts;
}

function factsOf(controller: Function, name: string, handler: Function): RouteFacts {
  const args: Record<string, RouteArg> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {};
  const types: Function[] = Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? [];
  const ofKind = (kind: RouteParamtypes) => Object.entries(args).filter(([key]) => key.split(':')[0] === String(kind)).map(([, arg]) => arg);
  const dto = (kind: RouteParamtypes) => ofKind(kind).map((arg) => types[arg.index]).find((type) => type && type !== Object);
  return {
    public: Reflect.getMetadata(IS_PUBLIC, handler) === true || Reflect.getMetadata(IS_PUBLIC, controller) === true,
    body: dto(RouteParamtypes.BODY),
    query: dto(RouteParamtypes.QUERY),
    uuidParams: ofKind(RouteParamtypes.PARAM)
      .filter((arg) => arg.data && arg.pipes?.some((pipe) => pipe instanceof ParseUUIDPipe))
      .map((arg) => arg.data!),
  };
}
