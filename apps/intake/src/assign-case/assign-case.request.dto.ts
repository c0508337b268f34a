import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class AssignCaseRequest {
  @ApiProperty({ example: 'cm-moussa', description: 'A case manager of the office holding the case (their user id, the `sub` of their token)' })
  @IsString()
  @Length(1, 64)
  @Matches(/^[\w.@-]+$/, { message: '$property must be a user id (letters, digits, . _ @ -)', context: { fr: 'doit être un identifiant d’utilisateur (lettres, chiffres, . _ @ -)' } })
  caseManagerId!: string;
}
