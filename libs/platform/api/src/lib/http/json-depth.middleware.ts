import type { NextFunction, Request, Response } from 'express';
import type { ErrorBody } from '@nabij/platform/contracts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './hostile-input';

/**
 * Refuses a parsed JSON body nested deeper than any route accepts, right after the body parser:
 * class-transformer and class-validator recurse, and thousands of levels overflow their stack.
 */
export function rejectDeepJson(maxDepth = MAX_JSON_DEPTH) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.body !== null && typeof req.body === 'object' && nestsDeeperThan(req.body, maxDepth)) {
      const body: ErrorBody = {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields: body',
        fields: { body: [`body is nested more than ${maxDepth} levels deep`] },
      };
      res.status(400).json(body);
      return;
    }
    next();
  };
}
