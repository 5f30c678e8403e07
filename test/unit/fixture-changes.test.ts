import { describe, expect, it } from 'vitest'
import type { DomainContext } from '../../src/domain/domain-context.js'
import { DEFAULT_META_CONFIG } from '../../src/domain/meta-config.js'
import { applyFixtureDiff } from '../../src/engine/apply-fixture-diff.js'
import { FixtureLoadError, loadFixtures } from '../../src/engine/baseline.js'
import { diffFixtures } from '../../src/engine/fixture-diff.js'
import { toScope } from '../../src/model/scope.js'
import type { FunctionFixture } from '../../src/seed/function-fixture.js'
import { MetaStore } from '../../src/store/meta-store.js'

// A hot reload rewrites only the loaded functions whose fixture changed, found by tenant, product and name.

const context = (): DomainContext => ({
  store: new MetaStore(),
  config: DEFAULT_META_CONFIG,
  now: () => new Date(Date.UTC(2026, 0, 1)),
})
const fn = (fields: Partial<FunctionFixture> & { name: string }): FunctionFixture => ({
  runtime: 'python3.9',
  ...fields,
})
const names = (fixtures: readonly FunctionFixture[]) =>
  fixtures.map((f) => `${f.tenant}/${f.product}/${f.name}`)

describe('diffFixtures', () => {
  it('tells apart functions of one name in other tenants and products', () => {
    const before = [
      fn({ name: '0@s@f', tenant: 't1', product: 'p' }),
      fn({ name: '0@s@f', tenant: 't2', product: 'p' }),
      fn({ name: '0@s@f', tenant: 't1', product: 'q' }),
    ]
    const after = [
      before[0] as FunctionFixture,
      fn({ name: '0@s@f', tenant: 't2', product: 'p', cpu: 600 }),
      before[2] as FunctionFixture,
    ]
    const diff = diffFixtures(before, after)
    expect(names(diff.remove)).toEqual(['t2/p/0@s@f'])
    expect(names(diff.load)).toEqual(['t2/p/0@s@f'])
  })
})

describe('applyFixtureDiff', () => {
  it("removes a changed function from its own product's scope and loads the new one", async () => {
    const ctx = context()
    const old = fn({ name: '0@s@f', product: 'p1', description: 'old' })
    const other = fn({ name: '0@s@f', description: 'no product' })
    await loadFixtures(ctx, [old, other])
    const changed = { ...old, description: 'new' }
    await applyFixtureDiff(ctx, { remove: [old], load: [changed] })
    const latest = (product: string) =>
      ctx.store.findFunction(toScope(ctx.config.defaultTenant, product), '0@s@f')?.get('$latest')?.description
    expect(latest('p1')).toBe('new')
    expect(latest('')).toBe('no product')
  })

  it('passes over a function already deleted through the API, but not over a failure of the fake', async () => {
    const ctx = context()
    await applyFixtureDiff(ctx, { remove: [fn({ name: '0@s@gone' })], load: [] })
    const broken: DomainContext = {
      ...ctx,
      store: Object.assign(new MetaStore(), {
        exclusive: () => Promise.reject(new TypeError('a bug in the store')),
      }),
    }
    await expect(applyFixtureDiff(broken, { remove: [fn({ name: '0@s@f' })], load: [] })).rejects.toThrow(
      'a bug in the store',
    )
  })
})

describe('loadFixtures', () => {
  it('names the function the API refused, the answer, and what to change', async () => {
    const ctx = context()
    const twice = fn({ name: '0@s@twice', tenant: 't9' })
    const error = await loadFixtures(ctx, [twice, twice]).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FixtureLoadError)
    expect((error as Error).name).toBe('FixtureLoadError')
    expect((error as Error).message).toBe(
      'cannot load function "0@s@twice" in tenant "t9": the server would answer 4101 ' +
        '"the function name already exists. rename your function" (a generated function may have the ' +
        'same name: change the name, the seed or the functions count)',
    )
  })
})
