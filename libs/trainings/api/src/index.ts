export * from './lib/trainings.module';
export * from './lib/trainer-hand-over.service';
export * from './lib/entities/training-content.entities';
export * from './lib/entities/participation.entities';
export * from './lib/content/course-definition';
export * from './lib/content/install-course';
export * from './lib/content/assertiveness-course';
export * from './lib/content/sleep-course';
