import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { WITNESS_ROLES, type WitnessRole } from '@homeward/contracts/intake';

/** The organisation that would receive the data: named on the form, so the consent speaks for it alone. */
export class ConsentRecipientRequest {
  @ApiProperty({ example: 'sp-clinique-thies' })
  @IsString()
  @Length(1, 64)
  recipientId!: string;

  @ApiProperty({ example: 'Clinique de Thiès' })
  @IsString()
  @Length(1, 200)
  name!: string;
}

/** Who else signed: the interpreter, a witness or a guardian. */
export class ConsentWitnessRequest {
  @ApiProperty({ enum: WITNESS_ROLES })
  @IsIn(WITNESS_ROLES)
  role!: WitnessRole;

  @ApiProperty({ example: 'Fatou Ndiaye' })
  @IsString()
  @Length(1, 200)
  name!: string;
}
