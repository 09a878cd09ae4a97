import { expect } from 'vitest';
import { InputError } from '../../../src/errors.js';

/** Runs `parse` and checks it throws an `E_MESSAGE` InputError on `field` whose message matches `problem`. */
export function expectMessageError(parse: () => unknown, field: string, problem: RegExp): InputError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const inputError = error as InputError;
    expect(inputError.code).toBe('E_MESSAGE');
    expect(inputError.field).toBe(field);
    expect(inputError.message).toMatch(problem);
    return inputError;
  }
  throw new Error(`expected an E_MESSAGE error on ${field}, but the message was accepted`);
}
