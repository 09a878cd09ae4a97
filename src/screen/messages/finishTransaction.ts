import { formatFieldPath, type Transaction, TransactionSchema } from '../../model/transaction.js';
import { messageError } from './messageValues.js';

/**
 * Validates a transaction a message parser built against {@link TransactionSchema} and returns the cleaned value.
 * The parsers check every field first, so a failure here means a value slipped through; it is reported against
 * the message element (`messageField`) with the model field named in the text.
 *
 * @throws InputError `E_MESSAGE`.
 */
export function finishTransaction(transaction: Transaction, messageField: string, file?: string): Transaction {
  const result = TransactionSchema.safeParse(transaction);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw messageError(
    messageField,
    `does not make a valid transaction: ${formatFieldPath(issue?.path ?? [])}: ${issue?.message ?? 'invalid value'}`,
    file,
  );
}
