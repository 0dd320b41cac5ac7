// Mock back end of <registry-booking>: filled in with the widget.
export const registryBookingRoutes = [];
