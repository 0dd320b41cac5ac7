// Mock back end of <defect-reporter>: filled in with the widget.
export const defectReporterRoutes = [];
