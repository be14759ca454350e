import { createEmptyDatabase } from '@nabij/platform/testing';
import { DataSource } from 'typeorm';
import { ALL_MIGRATIONS } from './index';

describe('migrations', () => {
  it('run from an empty database, undo completely, and run again', async () => {
    const db = await createEmptyDatabase();
    const ds = new DataSource({ type: 'postgres', url: db.url, migrations: ALL_MIGRATIONS });
    await ds.initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(ALL_MIGRATIONS.map((m) => new m().name));
      expect(await ds.showMigrations()).toBe(false);

      for (let i = 0; i < ALL_MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
      expect(tables).toEqual([]);

      expect(await ds.runMigrations({ transaction: 'each' })).toHaveLength(ALL_MIGRATIONS.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('have unique names ordered by their timestamp', () => {
    const stamps = ALL_MIGRATIONS.map((m) => Number(/(\d{13})$/.exec(new m().name)![1]));
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
