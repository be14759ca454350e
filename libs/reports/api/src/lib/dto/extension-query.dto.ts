import { OmitType } from '@nestjs/swagger';
import type { ExtensionQuery } from '@nabij/reports/contracts';
import { CaseloadQueryDto } from './caseload-query.dto';

/** Period (the day a request was made) and team as Table B's; a team lead sees their own team. */
export class ExtensionQueryDto extends OmitType(CaseloadQueryDto, ['workerId', 'financierId'] as const) implements ExtensionQuery {}
