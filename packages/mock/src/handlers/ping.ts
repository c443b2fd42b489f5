import { http, HttpResponse } from 'msw';

export const pingHandlers = [http.get('*/v1/ping', () => HttpResponse.json({ data: 'pong!' }))];
