import { configure } from "@testing-library/react";

// findBy*/waitFor wait for the pane, not for a clock: on a loaded 2-core machine the mapping
// step's real engine run can take longer than Testing Library's default 1 s.
configure({ asyncUtilTimeout: 10_000 });
