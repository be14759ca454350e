import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SHELF_KINDS, SHELF_NOTE_MAX, type SaveArticleToShelf, type ShareShelfItem, type ShelfKind } from '@nabij/library/contracts';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class ShareShelfItemDto implements ShareShelfItem {
  @ApiProperty({ enum: SHELF_KINDS })
  @IsIn(SHELF_KINDS, { message: `kind must be one of ${SHELF_KINDS.join(', ')}` })
  kind: ShelfKind;

  @ApiProperty({ description: 'Article or exercise slug, or the id of a document of this case' })
  @IsString({ message: 'ref must be text' })
  @Matches(/\S/, { message: 'ref must not be empty' })
  @MaxLength(100, { message: 'ref must be at most 100 characters' })
  ref: string;

  @ApiPropertyOptional({ maxLength: SHELF_NOTE_MAX, description: 'A short note for the client' })
  @IsOptional()
  @IsString({ message: 'note must be text' })
  @MaxLength(SHELF_NOTE_MAX, { message: `note must be at most ${SHELF_NOTE_MAX} characters` })
  note?: string;
}

export class SaveArticleToShelfDto implements SaveArticleToShelf {
  @ApiProperty({ example: 'schulden-wat-kun-je-zelf-doen' })
  @IsString({ message: 'slug must be text' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'slug must be the address of a published article' })
  @MaxLength(100, { message: 'slug must be at most 100 characters' })
  slug: string;
}
