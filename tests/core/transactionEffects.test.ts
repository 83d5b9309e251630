import { describe, expect, it } from 'vitest';
import { TransactionEffects } from '../../electron/core/transactionEffects';

describe('transaction effects', () => {
  it('runs only the effects of the outcome, once, in order, reporting failures and going on', async () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    const fx = new TransactionEffects();
    fx.afterCommit(() => void ran.push('commit 1'));
    fx.onRollback(() => void ran.push('rollback'));
    fx.afterCommit(() => {
      throw new Error('disk gone');
    });
    fx.afterCommit(async () => void ran.push('commit 2'));
    await fx.settle('committed', (e) => errors.push(e));
    await fx.settle('committed', (e) => errors.push(e));
    await fx.settle('rolledBack', (e) => errors.push(e));
    expect(ran).toEqual(['commit 1', 'commit 2']);
    expect(errors).toHaveLength(1);
  });
});
