export * from './lib/dossier.module';
export * from './lib/case-access.service';
export * from './lib/entities/care-case.entity';
export * from './lib/document-store';
export * from './lib/magic-bytes';
export * from './lib/upload-checks';
