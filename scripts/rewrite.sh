# Shared by the post-build steps (hash-names.sh, csp-boot.sh, offline.sh): every rewrite of a built file
# names what it rewrites and checks that it matched exactly the expected number of times, so that a trunk
# or wasm-bindgen whose output no longer looks as expected fails the build with a message naming the
# rewrite, instead of shipping a page that is broken in a way no one sees until it runs.

fail() {
  echo "$*" >&2
  exit 1
}

# replace FILE WHAT COUNT FROM TO: replaces the literal string FROM by TO in FILE, and fails (naming WHAT)
# unless FROM occurs exactly COUNT times.
replace() {
  local file=$1 what=$2 want=$3
  [ -f "$file" ] || fail "$what: $file is missing"
  FROM=$4 TO=$5 WANT=$want WHAT=$what perl -e '
    my $f = shift;
    local $/;
    open(my $in, "<", $f) or die "$ENV{WHAT}: cannot read $f\n";
    my $s = <$in>;
    close $in;
    my $n = () = $s =~ /\Q$ENV{FROM}\E/g;
    die "$ENV{WHAT}: expected $ENV{WANT} match(es) of \"$ENV{FROM}\" in $f, found $n\n" if $n != $ENV{WANT};
    $s =~ s/\Q$ENV{FROM}\E/$ENV{TO}/g;
    open(my $out, ">", $f) or die "$ENV{WHAT}: cannot write $f\n";
    print $out $s;
    close $out;' "$file" || exit 1
}

# count FILE STRING: how many times the literal STRING occurs in FILE.
count() {
  NEEDLE=$2 perl -e 'local $/; my $s = <>; my $n = () = $s =~ /\Q$ENV{NEEDLE}\E/g; print $n' "$1"
}
