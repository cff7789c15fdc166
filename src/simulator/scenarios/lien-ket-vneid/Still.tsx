/** A Phụ lục 1 screen as a still picture for the guide (see ui/StillScreen.tsx). */
import { fixedSource } from '../../engine/types';
import { StillScreen, type StillProps } from '../../ui/StillScreen';
import { scenario } from './scenario';
import { screens } from './screens';

const source = fixedSource(scenario);

export default function LienKetVneidStill(props: StillProps) {
  return <StillScreen source={source} screens={screens} {...props} />;
}
