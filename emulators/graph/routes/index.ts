// Every route, in match order: delta before {id}, so "…/messages/delta" is not read as an id.
import type { Route } from '../router';
import { calendarRoutes } from './calendar';
import { deltaRoutes } from './delta';
import { messageItemRoutes } from './message-item';
import { messageListRoutes } from './messages';
import { scheduleRoutes } from './schedule';
import { sendRoutes } from './send';
import { subscriptionRoutes } from './subscriptions';
import { userRoutes } from './users';

export { batch } from './batch';

export const ROUTES: readonly Route[] = [
  ...userRoutes, ...deltaRoutes, ...messageListRoutes, ...messageItemRoutes, ...sendRoutes,
  ...calendarRoutes, ...scheduleRoutes, ...subscriptionRoutes,
];
