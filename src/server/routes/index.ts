/** Every API route, in one place (the OpenAPI document lists the same set; a test checks). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerExportRoutes } from './export.ts';
import { registerHistoryRoutes } from './history.ts';
import { registerImportRoutes } from './imports.ts';
import { registerOfficeRoutes } from './offices.ts';
import { registerOpenApiRoute } from './openapi.ts';
import { registerReportRoutes } from './reports.ts';
import { registerSessionRoutes } from './session.ts';
import { registerStationReadRoutes } from './stationsRead.ts';
import { registerStationWriteRoutes } from './stationsWrite.ts';

export function registerRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerSessionRoutes(app, ctx);
  registerStationReadRoutes(app, ctx);
  registerStationWriteRoutes(app, ctx);
  registerHistoryRoutes(app, ctx);
  registerImportRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  registerOfficeRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerOpenApiRoute(app);
}
