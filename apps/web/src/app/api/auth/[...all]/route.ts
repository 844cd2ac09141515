import { runtime } from '~/server/runtime';

const handler = (req: Request) => runtime().auth.handler(req);

export { handler as GET, handler as POST };
