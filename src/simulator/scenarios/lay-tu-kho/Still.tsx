/** A Phụ lục 2 screen as a still picture for the guide (see ui/StillScreen.tsx). */
import { StillScreen, type StillProps } from '../../ui/StillScreen';
import { source } from './scenario';
import { screens } from './screens';

export default function LayTuKhoStill(props: StillProps) {
  return <StillScreen source={source} screens={screens} {...props} />;
}
