import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { MultiLine, Optional } from '@homeward/platform';

/** How to reach the returnee: at registration, and whenever it changes (a new phone after return). */
export class ContactDetailsRequest {
  @ApiPropertyOptional({ example: '+221770000000' })
  @Optional()
  @IsString()
  @MaxLength(32)
  @Matches(/^\+?[0-9 ()-]{4,31}$/, { message: 'phone must be a phone number', context: { fr: 'doit être un numéro de téléphone' } })
  phone?: string;

  @ApiPropertyOptional({ example: 'awa@example.org' })
  @Optional()
  @IsEmail()
  @MaxLength(200)
  email?: string;

  @ApiPropertyOptional({ example: 'Quartier Médina, Dakar' })
  @Optional()
  @IsString()
  @Length(1, 300)
  @MultiLine()
  address?: string;
}
