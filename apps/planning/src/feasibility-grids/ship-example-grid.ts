import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { GridCommands } from './grid-commands';

/**
 * A fresh start can propose plan elements at once: the example grid (marked so, never a programme's)
 * is published at start unless its programme has a version already, which a decision on its stream
 * says, so instances starting together publish it once.
 */
@Injectable()
export class ShipExampleGrid implements OnApplicationBootstrap {
  constructor(private readonly commands: GridCommands) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.commands.shipExample();
  }
}
