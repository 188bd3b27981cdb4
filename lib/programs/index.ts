// Programs: quoted, titled and unquoted names of programs, campaigns and documents.
export { findPrograms } from './programs';
